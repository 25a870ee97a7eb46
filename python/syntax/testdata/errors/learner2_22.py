x = (
  'abc
)
