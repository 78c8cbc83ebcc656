/**
 * Statements of reasons (DSA Art. 17) for what a provider did on a removal order or after a DSA notice, prepared for the DSA
 * Transparency Database (Art. 24(5)): payloads that follow the database's field rules, a check of every free-text
 * field for personal data that holds a statement for manual review (R33), and export in batches of at most 100.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Statements of reasons")
package eu.vigil.statements;
