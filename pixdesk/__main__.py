from pixdesk.entry import main

# Guarded: image workers are spawned processes, which import this module as __mp_main__.
if __name__ == "__main__":
    raise SystemExit(main())
