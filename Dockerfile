# 侨海通 container image.
#
#   docker compose up -d --build          (see docker-compose.yml; Redis runs as its own service)
#
# Build stage: full dependency install (better-sqlite3 is a native addon: prebuild-install, else node-gyp, which needs
# python3, make and g++), TypeScript build, then dev dependencies pruned away. Runtime stage: the same base image (so
# the compiled addons match its glibc and Node ABI), production node_modules, compiled JS and the data files the app
# reads relative to the repository root (config/, bots/, migrations/). No secrets: tokens and endpoints come from the
# environment at run time (.env.example).

ARG NODE_IMAGE=node:20-bookworm-slim

# ---------------------------------------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS build

RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*

WORKDIR /app
# nodedir: node-gyp compiles against the headers this image already ships in /usr/local/include/node (same version
# as its node) instead of downloading them from nodejs.org. build_from_source=better-sqlite3: prebuild-install skips
# its GitHub download and better-sqlite3 is compiled here; other addons (leveldown, msgpackr-extract) keep their
# bundled prebuilds. The install then needs only the npm registry.
ENV npm_config_nodedir=/usr/local \
    npm_config_build_from_source=better-sqlite3 \
    npm_config_update_notifier=false \
    npm_config_fund=false \
    npm_config_audit=false

# Dependencies first, so source edits do not re-run the (native) install.
COPY package.json package-lock.json ./
RUN npm ci

COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build \
  && rm -f dist/.tsbuildinfo \
  && npm prune --omit=dev

# ---------------------------------------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime

# HOME: wechaty-puppet-service keeps a LevelDB payload cache under $HOME/.wechaty, so it must be writable by the
# runtime user (/home/node belongs to `node` in the official image). DATA_DIR: the SQLite store (qiaohaitong.sqlite).
ENV NODE_ENV=production \
    HOME=/home/node \
    DATA_DIR=/data

WORKDIR /app

# Owned by root and read-only for the runtime user: the app only reads these (src/paths.ts: PROJECT_ROOT resolves to
# /app from /app/dist/src).
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY config ./config
COPY bots ./bots
COPY migrations ./migrations

# A fresh named volume copies this directory's owner, so `node` can write /data. (A bind mount keeps the host's
# owner: chown it to uid 1000 first.)
RUN mkdir -p /data "$HOME/.wechaty" \
  && chown -R node:node /data "$HOME"
VOLUME ["/data"]

USER node

# No HEALTHCHECK: there is no endpoint to probe, and the bot already exits non-zero when a WeChat account is unhealthy
# (src/main.ts supervisor), so the restart policy is the liveness mechanism.
CMD ["node", "dist/src/main.js"]
