continue x
