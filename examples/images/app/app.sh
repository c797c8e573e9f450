#!/bin/sh
echo "app started"
exec sleep 3600
