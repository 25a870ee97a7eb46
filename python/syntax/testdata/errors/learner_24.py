import concurrent.futures as
