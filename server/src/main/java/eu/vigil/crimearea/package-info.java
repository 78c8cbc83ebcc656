/**
 * Crime areas of the EU Internet Forum (terrorism, child sexual abuse, trafficking in human beings, migrant
 * smuggling, drug sales) and the referral categories of each, mapped to the shared bank taxonomy and to the DSA
 * Transparency Database's statement categories and keywords. Referrals, notices and the situational-awareness
 * dashboards classify by these.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Crime areas", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package eu.vigil.crimearea;
