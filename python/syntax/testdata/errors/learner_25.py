from concurrent.futures import
