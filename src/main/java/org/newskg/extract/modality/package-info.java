/** How sure an article is that an event happened: asserted, alleged, denied or hypothetical. */
package org.newskg.extract.modality;
