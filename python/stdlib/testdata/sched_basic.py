# sched on a clock of its own (the simulator's time module is not here).
import sched
now = [100.0]
def timefunc():
    return now[0]
def delayfunc(d):
    now[0] += d
s = sched.scheduler(timefunc, delayfunc)
log = []
def job(name, at=None):
    log.append((name, now[0]))
e1 = s.enter(5, 1, job, ("five",))
e2 = s.enter(2, 1, job, ("two",))
e3 = s.enter(2, 0, job, ("two-first",))
e4 = s.enterabs(103, 1, job, kwargs={"name": "abs"})
e5 = s.enter(9, 1, job, ("cancelled",))
s.cancel(e5)
print([e.argument for e in s.queue], s.empty(), e1.time, e1.priority)
print(s.run(blocking=False), log)
s.run()
print(log, now[0], s.empty())
