/** Direct quotations and their speakers. */
package org.newskg.extract.quote;
