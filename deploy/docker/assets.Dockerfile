# syntax=docker/dockerfile:1
# Catalog images for a channel, as an image layer (a ConfigMap's binaryData stops at 1 MiB).
# The Deployment's init container copies /assets into a shared emptyDir that the engine
# mounts read-only at /srv/standin/assets; the catalog YAML (in the ConfigMap) names them
# by absolute path, e.g. image: /srv/standin/assets/tea/images/tea-tin.png.
# Build from the repository root (here: the demo catalog's images):
#
#   docker build -f deploy/docker/assets.Dockerfile -t registry.example.com/standin-assets-tea:2026-03 .
#
# One image per catalog (or per brand); tag it by date or content and bump the tag in the
# Deployment when images change.
FROM busybox:1.36
COPY assets/demo/images/ /assets/tea/images/
USER 10001:10001
