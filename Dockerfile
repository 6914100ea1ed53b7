# Commis: a recipe bot over a Markdown recipe vault.
#
# Build:  docker build -t commis .
# Behind a registry mirror, or with local stand-in images, pass the base images:
#   docker build --build-arg BUILD_IMAGE=... --build-arg RUNTIME_IMAGE=... -t commis .
# Run:    docker run --rm -v "$PWD/recipes:/recipes:ro" -v commis-data:/data \
#           -e TELEGRAM_BOT_TOKEN=... commis
#         docker run --rm commis check        (checks the vault in /recipes and exits)

ARG BUILD_IMAGE=maven:3.9-eclipse-temurin-17
ARG RUNTIME_IMAGE=eclipse-temurin:17-jre

# ---- build: the fat jar --------------------------------------------------------------
FROM ${BUILD_IMAGE} AS build
WORKDIR /build

# Dependencies and plugins first, in their own layer, so that a change to src/ alone
# does not download them again. go-offline may miss a plugin or two that package
# needs; the package step below fetches those (or finds them in a mounted ~/.m2).
COPY pom.xml .
RUN mvn -B -q dependency:go-offline

COPY src/ src/
# The tests run in CI, not in the image build.
RUN mvn -B -Dmaven.test.skip=true package \
 && cp target/commis.jar /build/commis.jar

# ---- runtime: JRE only -----------------------------------------------------------------
FROM ${RUNTIME_IMAGE}

LABEL org.opencontainers.image.title="Commis" \
      org.opencontainers.image.description="A recipe bot for home cooks who keep their recipes in a Markdown vault."

# A fixed, non-root user, so that volume ownership is predictable on the host.
RUN groupadd --gid 10001 commis \
 && useradd --uid 10001 --gid commis --home-dir /app --no-create-home \
            --shell /usr/sbin/nologin commis \
 && mkdir -p /app /recipes /data \
 && chown commis:commis /recipes /data

WORKDIR /app
COPY --from=build /build/commis.jar /app/commis.jar
# Settings: /app/config/commis.yaml (read from the working directory).
COPY config/ /app/config/
# The sample vault, so that the image runs out of the box; mount your own over /recipes.
COPY --chown=commis:commis recipes/ /recipes/

ENV COMMIS_VAULT=/recipes \
    COMMIS_DATA=/data
VOLUME ["/recipes", "/data"]

USER commis
ENTRYPOINT ["java", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/commis.jar"]
