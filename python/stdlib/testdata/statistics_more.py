# statistics over task durations: mean, median, mode, stdev, quantiles, and their errors.
import statistics as st

durations = [0.12, 0.5, 0.33, 0.12, 0.9, 0.41, 0.27]
print(st.mean(durations), st.median(durations), st.mode(durations), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]))
print(round(st.stdev(durations), 6), round(st.pstdev(durations), 6), round(st.variance(durations), 6), st.fmean([1, 2, 4]))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8], n=4), st.multimode("aabbc"), st.mean([1, 2, 3, 4]), st.geometric_mean([1, 4]))
print(st.mean([1.5, 2.5]), st.geometric_mean([2, 8, 4]), st.geometric_mean([1, 0]))
for bad in [lambda: st.mean([]), lambda: st.stdev([1]), lambda: st.mode([])]:
    try:
        bad()
    except st.StatisticsError as e:
        print("StatisticsError:", e)
