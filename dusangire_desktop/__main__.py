from dusangire_desktop.cli import main

raise SystemExit(main())
