"""multiprocessing.connection on the simulator: Pipe."""

import _mpsim


def Pipe(duplex=True):
    """Two connected Connection ends: (receiving, sending) when duplex is false."""
    return _mpsim.Pipe(duplex)
