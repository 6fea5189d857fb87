/** Entity layers: the catalog of known entities, mention recognition and resolution. */
package org.newskg.extract.entity;
