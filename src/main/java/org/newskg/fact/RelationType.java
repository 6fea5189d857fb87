package org.newskg.fact;

/** The relations between entities that NewsKG extracts, named as in the facts-JSON format. */
public enum RelationType {
    /** organisation to country or location */
    basedIn,
    /** company to product or technology */
    makes,
    /** organisation to organisation */
    subsidiaryOf,
    /** country or organisation to international organisation or organisation */
    memberOf,
    /** person to country */
    nationalityOf,
    /** organisation to programme */
    operates
}
