from pixdesk.entry import main

raise SystemExit(main())
