import CGraphviz
import Clout
