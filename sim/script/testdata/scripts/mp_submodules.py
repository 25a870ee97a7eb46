# The multiprocessing package as CPython lays it out: its modules (context, process, pool, managers,
# queues, synchronize, connection, sharedctypes) import on their own and hold the classes CPython's do.
import multiprocessing as mp
import multiprocessing.context, multiprocessing.pool, multiprocessing.managers, multiprocessing.process
from multiprocessing.pool import ThreadPool, Pool
from multiprocessing.context import Process, SpawnProcess
from multiprocessing.managers import SyncManager
from multiprocessing.process import current_process, BaseProcess
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Lock
from multiprocessing.connection import Pipe
from multiprocessing.sharedctypes import Value
print(Pool, ThreadPool, SyncManager, BaseProcess)
print(issubclass(Process, BaseProcess), current_process().name)
with ThreadPool(2) as tp:
    print(tp.map(abs, [-1, -2]))
