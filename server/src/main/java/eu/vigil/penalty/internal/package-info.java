/** The penalty proceedings API and page (Art. 18). */
package eu.vigil.penalty.internal;
