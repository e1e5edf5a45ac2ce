from keying.cli import main

raise SystemExit(main())
