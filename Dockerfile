# Multi-stage build: JDK 25 to build the production jar, a JRE to run it.
# The image carries no embedded database: point it at MariaDB with NEWSDESK_DB_URL.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline -Pproduction || true
COPY db-changelog db-changelog
COPY frontend frontend
COPY src src
RUN ./mvnw -B -Pproduction -DskipTests package && cp target/newsdesk-*.jar /newsdesk.jar

FROM eclipse-temurin:25-jre
RUN useradd --system --home /app --shell /usr/sbin/nologin newsdesk \
    && install -d -o newsdesk -g newsdesk /var/lib/newsdesk/media
WORKDIR /app
COPY --from=build /newsdesk.jar /app/newsdesk.jar
USER newsdesk
ENV VAADIN_USAGE_STATS_ENABLED=false \
    NEWSDESK_MEDIA_DIR=/var/lib/newsdesk/media \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
# Pictures (originals and renditions, content-addressed): mount a volume here (docker-compose.yml does).
VOLUME /var/lib/newsdesk/media
EXPOSE 8080
# Metrics (Prometheus) on the management port: publish it only to the monitoring network.
EXPOSE 8081
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["sh", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /readyz HTTP/1.0\\r\\n\\r\\n' >&3 && grep -q '\"UP\"' <&3"]
ENTRYPOINT ["java", "-jar", "/app/newsdesk.jar"]
