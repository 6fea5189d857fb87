/** The fact model: entities, roles, relations, events and quotes with their evidence, and its facts-JSON form. */
package org.newskg.fact;
