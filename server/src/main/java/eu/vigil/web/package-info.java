/**
 * The web shell: page layout, login, dashboards per organisation kind, message bundles, and the
 * translation of exceptions into RFC 9457 problem documents (API) or error pages (browser).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell")
package eu.vigil.web;
