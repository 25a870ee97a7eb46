"""multiprocessing.managers on the simulator: SyncManager (a server process holding shared
objects, handed out as proxies: dict, list, Event, Lock, Queue, Semaphore, BoundedSemaphore, RLock,
Namespace), its proxies, Namespace."""

import _mpsim
from multiprocessing.context import ProcessError, get_start_method


class BaseProxy:
    """A proxy of an object a Manager's server process holds: each method call is a request to it."""

    def __init__(self, token):
        self._token = token

    def _callmethod(self, methodname, args=(), kwds={}):
        return self._token.call(methodname, args, kwds)

    def __repr__(self):
        return '<%s object, typeid %r at %#x>' % (type(self).__name__, self._token.typeid, id(self))

    def __str__(self):
        return self._callmethod('__repr__')

    def __reduce__(self):
        # As CPython's: a Queue's proxy class is made by AutoProxy (so its name is no module-level
        # name to pickle by), the others are this module's.
        cls = type(self)
        return (RebuildProxy, (AutoProxy if cls is AutoQueueProxy else cls, self._token))


def RebuildProxy(func, token):
    """Makes a proxy of token again where it was unpickled."""
    return func(token)


def AutoProxy(token):
    """A proxy of a Queue, the one typeid this module's proxies make by AutoProxy."""
    return AutoQueueProxy(token)


def _exposed(cls, names):
    def method(name):
        def call(self, *args, **kwds):
            return self._callmethod(name, args, kwds)
        call.__name__ = name
        return call
    for name in names:
        setattr(cls, name, method(name))
    return cls


class DictProxy(BaseProxy):
    def __iter__(self):
        return iter(self._callmethod('keys'))


class ListProxy(BaseProxy):
    def __iadd__(self, value):
        self._callmethod('extend', (value,))
        return self

    def __imul__(self, value):
        self._callmethod('__imul__', (value,))
        return self

    def __iter__(self):
        return iter(self._callmethod('copy'))


class EventProxy(BaseProxy):
    pass


class AcquirerProxy(BaseProxy):
    def __enter__(self):
        return self._callmethod('acquire')

    def __exit__(self, exc_type, exc_val, exc_tb):
        return self._callmethod('release')


class AutoQueueProxy(BaseProxy):
    pass


_exposed(DictProxy, ('__contains__', '__delitem__', '__getitem__', '__len__', '__setitem__',
                     'clear', 'copy', 'get', 'items', 'keys', 'pop', 'popitem', 'setdefault',
                     'update', 'values'))
_exposed(ListProxy, ('__add__', '__contains__', '__delitem__', '__getitem__', '__len__', '__mul__',
                     '__reversed__', '__rmul__', '__setitem__', 'append', 'count', 'extend',
                     'index', 'insert', 'pop', 'remove', 'reverse', 'sort'))
_exposed(EventProxy, ('is_set', 'set', 'clear', 'wait'))
_exposed(AcquirerProxy, ('acquire', 'release'))
_exposed(AutoQueueProxy, ('empty', 'full', 'get', 'get_nowait', 'join', 'put', 'put_nowait',
                          'qsize', 'task_done'))
AutoQueueProxy.__name__ = AutoQueueProxy.__qualname__ = 'AutoProxy[Queue]'


class SyncManager:
    """A Manager: a server process holding shared objects, handed out as proxies."""

    def __init__(self, address=None, authkey=None, serializer='pickle', ctx=None, *,
                 shutdown_timeout=1.0):
        self._method = ctx.get_start_method() if ctx is not None else get_start_method()
        self._handle = None
        self._state = 'initial'

    def start(self, initializer=None, initargs=()):
        """Starts the server process and waits until it serves."""
        if self._state != 'initial':
            raise ProcessError('Already started server' if self._state == 'started'
                               else 'Manager has shut down')
        name = _mpsim.child_name(type(self).__name__ + '-')
        self._handle = _mpsim.manager_start(name, self._method)
        self._state = 'started'

    def _check(self):
        if self._state != 'started':
            raise AssertionError('server not yet started')

    def _create(self, cls, typeid, args, kwds):
        self._check()
        return cls(self._handle.create(typeid, args, kwds))

    def dict(self, *args, **kwds):
        return self._create(DictProxy, 'dict', args, kwds)

    def list(self, *args, **kwds):
        return self._create(ListProxy, 'list', args, kwds)

    def Event(self):
        return self._create(EventProxy, 'Event', (), {})

    def Lock(self):
        return self._create(AcquirerProxy, 'Lock', (), {})

    def Queue(self, maxsize=0):
        return self._create(AutoQueueProxy, 'Queue', (maxsize,), {})

    JoinableQueue = Queue

    def shutdown(self):
        """Stops the server process."""
        if self._state == 'started':
            self._handle.shutdown()
            self._state = 'shutdown'

    def __enter__(self):
        if self._state == 'initial':
            self.start()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown()


def Manager():
    """A started SyncManager."""
    m = SyncManager()
    m.start()
    return m


def _manager_acquirer(typeid):
    def make(self, *args):
        return self._create(AcquirerProxy, typeid, args, {})
    make.__name__ = typeid
    return make


for _typeid in ('Semaphore', 'BoundedSemaphore', 'RLock'):
    setattr(SyncManager, _typeid, _manager_acquirer(_typeid))
del _typeid


class Namespace:
    """What a Manager's Namespace() holds in its server: attributes, and a repr that lists them."""

    def __init__(self, **kwds):
        self.__dict__.update(kwds)

    def __repr__(self):
        temp = ['%s=%r' % (name, value) for name, value in self.__dict__.items()
                if not name.startswith('_')]
        temp.sort()
        return '%s(%s)' % (self.__class__.__name__, ', '.join(temp))


class NamespaceProxy(BaseProxy):
    """A proxy whose attributes are the Namespace's in the server."""

    def __getattr__(self, key):
        if key[0] == '_':
            return object.__getattribute__(self, key)
        return object.__getattribute__(self, '_callmethod')('__getattribute__', (key,))

    def __setattr__(self, key, value):
        if key[0] == '_':
            return object.__setattr__(self, key, value)
        return object.__getattribute__(self, '_callmethod')('__setattr__', (key, value))

    def __delattr__(self, key):
        if key[0] == '_':
            return object.__delattr__(self, key)
        return object.__getattribute__(self, '_callmethod')('__delattr__', (key,))


def _manager_namespace(self, **kwds):
    return self._create(NamespaceProxy, 'Namespace', (), kwds)


SyncManager.Namespace = _manager_namespace
