# syntax=docker/dockerfile:1
# The StandIn engine image: `standin` as ENTRYPOINT, run as a non-root user.
# Build from the repository root (the context must contain Package.swift, Sources, Tests):
#
#   docker build -f deploy/docker/standin.Dockerfile -t registry.example.com/standin:0.1.0 .
#
# Operator's guide: docs/deploy.md.

ARG SWIFT_IMAGE=swift:6.3-bookworm
ARG RUNTIME_IMAGE=debian:bookworm-slim

# ---- build: Swift toolchain on Debian 12 + the -dev packages (as scripts/setup) ----
FROM ${SWIFT_IMAGE} AS build
RUN export DEBIAN_FRONTEND=noninteractive \
 && apt-get update -q \
 && apt-get install -y -q --no-install-recommends \
      pkg-config \
      libavcodec-dev libavformat-dev libavutil-dev libswscale-dev libswresample-dev \
      libespeak-ng-dev libfreetype-dev \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# Dependencies first, so a source change does not refetch them. Package.resolved is not in
# git; the bracket glob copies it when the context has one and skips it otherwise.
COPY Package.swift Package.resolve[d] ./
RUN swift package resolve
# Tests/ too: Package.swift declares the test targets and SwiftPM wants their folders.
COPY Sources ./Sources
COPY Tests ./Tests
# --static-swift-stdlib links the Swift runtime and Foundation into the binary, so the
# runtime image needs only the Debian libraries below (no Swift toolchain).
RUN swift build -c release --static-swift-stdlib --product standin \
 && install -D -m 0755 "$(swift build -c release --static-swift-stdlib --show-bin-path)/standin" /out/standin

# ---- runtime: Debian 12 slim + the runtime libraries only ----
FROM ${RUNTIME_IMAGE}
RUN export DEBIAN_FRONTEND=noninteractive \
 && apt-get update -q \
 && apt-get install -y -q --no-install-recommends \
      libavcodec59 libavformat59 libavutil57 libswscale6 libswresample4 \
      libespeak-ng1 espeak-ng-data \
      libfreetype6 fonts-noto-cjk \
      tzdata ca-certificates \
 && rm -rf /var/lib/apt/lists/*
# tzdata: channel time zones (IANA names) are read from /usr/share/zoneinfo, which the
# slim image lacks. ca-certificates: rtmps:// destinations.
RUN groupadd --system --gid 10001 standin \
 && useradd --system --uid 10001 --gid standin --home-dir /var/lib/standin --shell /usr/sbin/nologin standin \
 && install -d -o standin -g standin -m 0750 /var/lib/standin
COPY --from=build /out/standin /usr/local/bin/standin
# The example personas, for `standin persona validate` and as a starting point.
COPY personas/ /usr/share/standin/personas/
USER 10001:10001
WORKDIR /var/lib/standin
# Persistent state belongs on a volume mounted at (a folder under) /var/lib/standin.
VOLUME ["/var/lib/standin"]
ENTRYPOINT ["/usr/local/bin/standin"]
CMD ["--help"]
