with ThreadPoolExecutor() as ex
    pass
