package io.techmatch.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The techmatch HTTP API and broker UI: {@code java -jar api/target/techmatch-api.jar}. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class TechmatchApplication {
    public static void main(String[] args) {
        SpringApplication.run(TechmatchApplication.class, args);
    }
}
