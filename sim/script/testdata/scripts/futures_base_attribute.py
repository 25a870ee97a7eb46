# concurrent.futures imports its _base module, so `import concurrent.futures` alone makes
# concurrent.futures._base usable, as teaching scripts that peek at a future's state do.
import concurrent.futures as cf

f = cf.Future()
print(cf._base.Future is cf.Future, f._state == cf._base.PENDING)
f.set_result(1)
print(f._state == cf._base.FINISHED, cf._base.CANCELLED_AND_NOTIFIED)
import concurrent.futures._base as base
print(base is cf._base)
