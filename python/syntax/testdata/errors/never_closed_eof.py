x = foo(1,
