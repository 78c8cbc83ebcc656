/**
 * DSA notices (Art. 16, R55) and the Commission's list of trusted flaggers (Art. 22, R56), issue 14. A notice tells a
 * hosting service provider that content is thought illegal: it carries a substantiated explanation, the exact
 * location of each item (URL and an optional typed hash), the notifier's name and e-mail — which only a notice on
 * child sexual abuse may leave out (Art. 16(2)(c)) — and a good-faith statement. A notice is <b>not binding</b>: the
 * provider decides, per item or for the whole notice, and its decision produces statements of reasons through the
 * statements module. Receipt is acknowledged when contact details exist. A notice from a flagger on the Commission's
 * list acting within its areas of expertise is prioritised in the provider's queue; outside them it is not, and the
 * reason is kept and shown.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notices and trusted flaggers")
package eu.vigil.notice;
