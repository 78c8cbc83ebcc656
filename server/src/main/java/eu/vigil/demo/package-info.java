/**
 * Demo data for {@code ./vigil demo}: organisations, users of every kind and ten fictional hosting service
 * providers across the Union. Runs only with {@code vigil.demo.enabled=true} and only once per database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package eu.vigil.demo;
