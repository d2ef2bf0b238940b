# pipl-audit as a container image: `docker build -t pipl-audit .`, then
#   docker run --rm -v "$PWD:/work" pipl-audit audit /work/compliance/pipl-audit.yaml
# The build stage installs exactly what package-lock.json pins, builds and packs the package; the
# image installs that tarball the way `npm install -g ./pipl-audit-*.tgz` does on any machine, so
# the image holds the published files only (README.md and package.json's `files`: dist, rules,
# taxonomy, frameworks, schemas, docs) and their runtime dependencies. It needs no registry entry
# for pipl-audit itself.
FROM node:20-bookworm-slim AS build
WORKDIR /src
COPY package.json package-lock.json tsconfig.json tsconfig.build.json README.md ./
COPY src ./src
COPY rules ./rules
COPY taxonomy ./taxonomy
COPY frameworks ./frameworks
COPY schemas ./schemas
COPY docs ./docs
# npm ci builds the package (its prepare script); npm pack packs that build instead of building again.
RUN npm ci --no-audit --no-fund && mkdir -p pack && npm pack --ignore-scripts --pack-destination pack

FROM node:20-bookworm-slim
WORKDIR /opt/pipl-audit
COPY --from=build /src/pack ./pack
RUN npm install --global --no-audit --no-fund ./pack/pipl-audit-*.tgz && rm -rf pack
# Run as an unprivileged user: the audited repository is mounted, never trusted.
USER node
WORKDIR /work
ENTRYPOINT ["pipl-audit"]
CMD ["--help"]
