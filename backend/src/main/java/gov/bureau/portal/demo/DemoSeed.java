package gov.bureau.portal.demo;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** Marks a demo contribution as done. */
@MappedEntity("demo_seed")
public record DemoSeed(@Id String name, Instant seededAt) {
}
