// Registers every tag of acs-calling-elements. One import, or one <script type="module"> of the CDN bundle.
