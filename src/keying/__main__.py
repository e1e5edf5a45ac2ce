from keying.cli import entry

entry()
