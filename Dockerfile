# Commis: a recipe bot over a Markdown recipe vault.
#
# Build:  docker build -t commis .
# Behind a registry mirror, or with local stand-in images, pass the base images:
#   docker build --build-arg BUILD_IMAGE=... --build-arg RUNTIME_IMAGE=... -t commis .
# Run:    docker run --rm -v "$PWD/recipes:/recipes:ro" -v commis-data:/data \
#           -e TELEGRAM_BOT_TOKEN=... commis
#         docker run --rm commis check        (checks the vault in /recipes and exits)

# A JDK 17 with jlink and Maven; and any glibc Linux for the runtime (it brings no Java of its own).
ARG BUILD_IMAGE=maven:3.9-eclipse-temurin-17
ARG RUNTIME_IMAGE=debian:bookworm-slim

# ---- build: the fat jar and a Java runtime of only the modules Commis needs -------------------
FROM ${BUILD_IMAGE} AS build
WORKDIR /build

# Plugins and dependencies first, in their own layer, so that a change to src/ alone does not
# download them again. pom.xml pins every plugin, so this step needs exactly what `mvn -B verify`
# downloads: a mounted ~/.m2 filled by it is enough to build offline.
COPY pom.xml .
RUN mvn -B -q -Dmaven.test.skip=true package && rm -rf target

COPY src/ src/
# The tests run in CI, not in the image build.
RUN mvn -B -q -Dmaven.test.skip=true package \
 && cp target/commis.jar /build/commis.jar

# (--strip-java-debug-attributes rather than --strip-debug: some JDK builds need objcopy for the latter.)
# jdeps names java.base and java.sql (java.desktop only for flexmark's HTML colours and Jackson's
# java.beans support, neither used); TLS to Telegram and Discord needs jdk.crypto.ec, the
# Mac Roman repair jdk.charsets, French dates jdk.localedata, some libraries jdk.unsupported, and
# saving recipes from links (`import`, /save) fetches pages with java.net.http's HttpClient, and the kitchen
# screen (web.port) serves its page with jdk.httpserver.
RUN jlink --add-modules java.base,java.sql,java.net.http,jdk.httpserver,jdk.crypto.ec,jdk.charsets,jdk.localedata,jdk.unsupported \
          --include-locales=en,fr --strip-java-debug-attributes --no-man-pages --no-header-files --compress=2 \
          --output /build/java

# ---- runtime: the trimmed Java and the jar ----------------------------------------------------
FROM ${RUNTIME_IMAGE}

LABEL org.opencontainers.image.title="Commis" \
      org.opencontainers.image.description="A recipe bot for home cooks who keep their recipes in a Markdown vault."

# A fixed, non-root user, so that volume ownership is predictable on the host.
RUN groupadd --gid 10001 commis \
 && useradd --uid 10001 --gid commis --home-dir /app --no-create-home \
            --shell /usr/sbin/nologin commis \
 && mkdir -p /app/bin /recipes /data \
 && chown commis:commis /recipes /data

ENV JAVA_HOME=/opt/java \
    COMMIS_VAULT=/recipes \
    COMMIS_DATA=/data \
    LANG=C.UTF-8
COPY --from=build /build/java /opt/java
WORKDIR /app
COPY --from=build /build/commis.jar /app/commis.jar
# The launcher holds the JVM flags (heap cap, serial GC, C1, class-data sharing): see bench/flags.sh.
COPY bin/commis /app/bin/commis
# Settings: /app/config/commis.yaml (read from the working directory).
COPY config/ /app/config/
# The sample vault, so that the image runs out of the box; mount your own over /recipes.
COPY --chown=commis:commis recipes/ /recipes/
# The class-data sharing archive, made now from a console session on the sample vault, so that
# every start maps those classes instead of loading them.
RUN /app/bin/commis --prepare

VOLUME ["/recipes", "/data"]
# The kitchen screen, when turned on with COMMIS_WEB_PORT=8080 and web.bind 0.0.0.0 (publish it with -p 8080:8080).
EXPOSE 8080

USER commis
ENTRYPOINT ["/app/bin/commis"]
