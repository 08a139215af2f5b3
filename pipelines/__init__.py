"""Item pipeline stages, one per module: 100 extract, 200 classify, 300 dedupe, 800 store
(and 700 versions, in re-checks only)."""
