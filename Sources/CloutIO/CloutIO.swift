import Clout
