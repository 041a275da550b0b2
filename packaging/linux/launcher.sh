#!/bin/sh
# /usr/bin/ipcase: start the bundle installed in /opt/ipcase. Data lives in the user's data directory
# (~/.local/share/ipcase, or --data-dir), never in /opt/ipcase, which belongs to the package.
exec /opt/ipcase/ipcase "$@"
