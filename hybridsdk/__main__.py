from hybridsdk.cli._main import main

raise SystemExit(main())
