import os
import os.path
import concurrent.futures as cf, threading as th
from concurrent import futures
from concurrent{.futures import (
    ThreadPoolExecutor,
    as_completed as ac,
    wait,
)
from . import sibling
from .. import parent as p
from .pkg.mod import name
from ... import x
from .... import y
from .....a import b
from os import *
from os import (path)
from os import path, sep as s
