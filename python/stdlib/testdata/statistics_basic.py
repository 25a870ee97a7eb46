import statistics as st
times = [0.512, 0.498, 0.503, 0.731, 0.489, 0.502]
print(st.mean(times), st.fmean(times), st.median(times), st.stdev(times), st.pstdev(times), st.variance(times), st.pvariance(times))
print(st.mean([1, 2, 3, 4]), st.mean([1, 2, 3]), st.mean([0.1] * 10), st.median([3, 1, 2]), st.median([1, 2, 3, 4]), st.median_low([1, 2, 3, 4]), st.median_high([1, 2, 3, 4]))
print(st.variance([1, 3, 5]), st.variance([1, 2, 3, 4]), st.pvariance([1, 2, 3, 4]), st.stdev([1, 2, 3, 4]), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
print(st.mode("aabbbc"), st.mode([1, 1, 2, 2]), st.multimode("aabbc"), st.multimode([]), st.mean([True, False, True]))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), st.quantiles(range(1, 101), n=10), st.quantiles([1, 5, 9], method="inclusive"), st.quantiles([7], n=3))
print(st.fmean([1, 2, 3], weights=[3, 2, 1]), st.mean([1e308, 1e308]) if False else st.mean([2.5, 3.5]), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
durations = [i * 0.01 + (i % 3) * 0.003 for i in range(50)]
print(st.mean(durations), st.stdev(durations), st.median(durations), st.quantiles(durations, n=4))
for bad in [lambda: st.mean([]), lambda: st.variance([1]), lambda: st.median([]), lambda: st.mode([]), lambda: st.quantiles([1, 2], n=0), lambda: st.stdev([]), lambda: st.fmean([])]:
    try:
        bad()
    except st.StatisticsError as e:
        print("StatisticsError", e, isinstance(e, ValueError))
