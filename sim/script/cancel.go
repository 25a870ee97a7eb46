package script

// limitCancelled is the sim.LimitError.Limit of a run stopped by Options.Cancel.
const limitCancelled = "cancelled"
