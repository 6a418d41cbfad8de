# manifest
