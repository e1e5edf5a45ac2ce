"""One module per `keying` subcommand; each has `register(parser)` that sets `run`."""
