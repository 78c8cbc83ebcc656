/**
 * Small building blocks shared by every feature: pages of results, digests and problem types.
 * Depends on no feature.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package eu.vigil.shared;
