# syntax=docker/dockerfile:1
# nginx with the RTMP module (Debian 12 packages), for the fan-out relay in
# deploy/kubernetes/relay-nginx-rtmp.yaml. The configuration is mounted at
# /etc/nginx-relay/nginx.conf (ConfigMap) and the push targets with their stream keys at
# /etc/nginx-relay/push/ (Secret).
#
#   docker build -f deploy/docker/relay.Dockerfile -t registry.example.com/standin-relay:1.22 deploy/docker
FROM debian:bookworm-slim
RUN export DEBIAN_FRONTEND=noninteractive \
 && apt-get update -q \
 && apt-get install -y -q --no-install-recommends nginx libnginx-mod-rtmp ca-certificates \
 && rm -rf /var/lib/apt/lists/* \
 && rm -f /etc/nginx/sites-enabled/default
# Non-root (www-data, uid 33 in Debian): ports 1935 and 8080 need no privileges; the
# configuration puts the pid file and temp paths under /tmp.
USER 33:33
EXPOSE 1935 8080
# -e stderr: nginx's early error log (before it reads the config) goes to the container log
# instead of /var/log/nginx, which the non-root user cannot write.
ENTRYPOINT ["nginx", "-e", "stderr", "-c", "/etc/nginx-relay/nginx.conf"]
