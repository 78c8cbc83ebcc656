package eu.vigil.registry.internal;

import org.springframework.stereotype.Component;

import eu.vigil.shared.FieldLabels;

/**
 * The labels of the provider form's fields, for the names the form posts and those the register's rules give
 * ({@code legalRepresentative.email}, {@code contactPoints[1].languages}), so that its errors name them as the form
 * does (issue 12).
 */
@Component
class ProviderFormLabels extends FieldLabels {

    ProviderFormLabels() {
        super("/registry/providers/new", "/registry/providers/*/edit");
        field("name", "provider.name");
        field("services", "provider.services");
        field("sizeClass", "provider.size");
        field("offersServicesInEu", "provider.offersInEu");
        field("mainEstablishment", "provider.mainEstablishment");
        field("legalRepName", "provider.legalRep.name");
        field("legalRepresentative.name", "provider.legalRep.name", "legalRepName");
        field("legalRepMemberState", "provider.legalRepState");
        field("legalRepresentative.memberState", "provider.legalRepState", "legalRepMemberState");
        field("legalRepAddress", "provider.legalRep.address");
        field("legalRepresentative.address", "provider.legalRep.address", "legalRepAddress");
        field("legalRepEmail", "provider.legalRep.email");
        field("legalRepresentative.email", "provider.legalRep.email", "legalRepEmail");
        field("legalRepDesignatedOn", "provider.designatedOn");
        field("legalRepresentative.designatedOn", "provider.designatedOn", "legalRepDesignatedOn");
        field("contactPoints", "provider.contactPoints", "channel0");
        field("contactPoints[].channel", "provider.channel", "channel{i}");
        field("contactPoints[].address", "provider.address", "address{i}");
        field("contactPoints[].languages", "provider.languages", "languages{i}");
        field("channel", "provider.channel", "channel0");
        field("address", "provider.address", "address0");
        field("languages", "provider.languages", "languages0");
        field("effectiveFrom", "provider.effectiveFrom");
    }
}
